import { refusalOfSubmission, type Submission, type Submitter } from './care-event-submission';

const ryhovEhr: Submitter = {
  kind: 'connection',
  name: 'integrator ryhov-ehr',
  careLinkIds: ['ryhov-akm', 'ryhov-med-3'],
};
const transfer = (source: string): Submission => ({
  type: 'PatientTransferred',
  sourceCareLinkId: source,
  payload: { stayId: 'stay-1', fromWardCareLinkId: 'ryhov-akm', toWardCareLinkId: 'ryhov-med-3' },
});

describe('the hospital EHR sends care events for its wards', () => {
  it('sends a transfer for a ward it is configured for, without asking about relationships', () => {
    expect(refusalOfSubmission(ryhovEhr, transfer('ryhov-med-3'), false)).toBeNull();
  });

  it('is refused an event in the name of a care link it does not speak for', () => {
    expect(refusalOfSubmission(ryhovEhr, transfer('jkpg-home-care-south'), false)).toEqual({
      path: 'source.careLinkId',
      message: 'integrator ryhov-ehr speaks for ryhov-akm, ryhov-med-3, not jkpg-home-care-south',
    });
  });

  it('speaks for nobody when no care link is configured for it', () => {
    const unconfigured: Submitter = { kind: 'connection', name: 'care.commands.v1', careLinkIds: [] };
    expect(refusalOfSubmission(unconfigured, transfer('ryhov-med-3'), true)?.message).toBe(
      'care.commands.v1 speaks for no care link, not ryhov-med-3',
    );
  });

  it('speaks for every care link on a closed test network configured so', () => {
    const open: Submitter = { kind: 'connection', name: 'the open intake', careLinkIds: 'every care link' };
    expect(refusalOfSubmission(open, transfer('anything'), false)).toBeNull();
  });
});
