import { refusalOfSubmission, type Submission, type Submitter } from './care-event-submission';

const nurseAtStrangers: Submitter = { kind: 'staff', careLinkId: 'vc-strangers' };
const noticeToSelf: Submission = {
  type: 'CareLinkNotified',
  sourceCareLinkId: 'vc-strangers',
  payload: { stayId: 'stay-1', notice: 'admission-notice', toCareLinkId: 'vc-strangers' },
};

describe('a nurse whose care link has nothing to do with a patient submits events about the patient', () => {
  it('is refused a notice naming their own link as source and addressee', () => {
    expect(refusalOfSubmission(nurseAtStrangers, noticeToSelf, false)).toEqual({
      path: 'patientId',
      message: expect.stringMatching(/^care link vc-strangers has no care relationship with this patient/),
    });
  });

  it('is refused an admission of the patient to another ward', () => {
    const elsewhere: Submission = {
      type: 'PatientAdmitted',
      sourceCareLinkId: 'vc-strangers',
      payload: { stayId: 'stay-1', wardCareLinkId: 'ryhov-med-3', admissionType: 'emergency' },
    };
    expect(refusalOfSubmission(nurseAtStrangers, elsewhere, false)?.path).toBe('patientId');
  });

  it('is refused an event sent in the name of another care link, whatever the relationship', () => {
    expect(
      refusalOfSubmission(nurseAtStrangers, { ...noticeToSelf, sourceCareLinkId: 'ryhov-med-3' }, true),
    ).toEqual({ path: 'source.careLinkId', message: 'you act for vc-strangers, not ryhov-med-3' });
  });
});

describe('ward staff admit a patient and report on the patients in their care', () => {
  const nurseOnMedicine: Submitter = { kind: 'staff', careLinkId: 'ryhov-med-3' };
  const admission: Submission = {
    type: 'PatientAdmitted',
    sourceCareLinkId: 'ryhov-med-3',
    payload: { stayId: 'stay-1', wardCareLinkId: 'ryhov-med-3', admissionType: 'emergency' },
  };

  it('admits a patient the ward has never seen to its own ward', () => {
    expect(refusalOfSubmission(nurseOnMedicine, admission, false)).toBeNull();
  });

  it('sends the admission notice for a patient on the ward', () => {
    const notice = { ...noticeToSelf, sourceCareLinkId: 'ryhov-med-3' };
    expect(
      refusalOfSubmission(
        nurseOnMedicine,
        { ...notice, payload: { ...notice.payload, toCareLinkId: 'vc-huskvarna' } },
        true,
      ),
    ).toBeNull();
  });
});
