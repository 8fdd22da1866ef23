import { z } from 'zod';
import {
  careLinkNoticeAcknowledgedV1,
  careLinkNoticeBreachedV1,
  careLinkNotifiedV1,
  consentRecordedV1,
  expectedDischargeDateSetV1,
  municipalStatusReportedV1,
  patientHomeRecordedV1,
  planningMeetingCalledV1,
  planningMeetingHeldV1,
} from './discharge-planning';
import {
  admissionCancelledV1,
  handoverAcknowledgedV1,
  handoverTimelinessV1,
  carePlanUpdatedV1,
  carePlanUpdatedV2,
  dischargeCancelledV1,
  dischargeDelayCauseRecordedV1,
  medicallyReadyForDischargeV1,
  medicallyReadyWithdrawnV1,
  medicationListChangedV1,
  patientAdmittedV1,
  patientDischargedV1,
  patientIdsMergedV1,
  patientTransferredV1,
  transferCancelledV1,
} from './payloads';

interface CareEventDefinition<S extends z.ZodType = z.ZodType> {
  description: string;
  payload: S;
  example: z.infer<S>;
}

/** Every care event type and its payload schema per version: the integrators' contract. */
export const careEventCatalog = {
  PatientAdmitted: {
    1: {
      description: 'The patient is admitted to a hospital ward; a stay begins.',
      payload: patientAdmittedV1,
      example: { stayId: 'stay-4711', wardCareLinkId: 'ryhov-med-3', admissionType: 'emergency' },
    },
  },
  PatientTransferred: {
    1: {
      description: 'The patient moves from one ward to another within the same stay.',
      payload: patientTransferredV1,
      example: { stayId: 'stay-4711', fromWardCareLinkId: 'ryhov-akm', toWardCareLinkId: 'ryhov-med-3' },
    },
  },
  AdmissionCancelled: {
    1: {
      description:
        'The admission was recorded in error (HL7 v2 A11), or the stay turned out to be an outpatient visit (A07): the stay and every event of it before this one no longer count, as if the patient had not been admitted. A later admission may reuse the stay id.',
      payload: admissionCancelledV1,
      example: { stayId: 'stay-4711' },
    },
  },
  TransferCancelled: {
    1: {
      description:
        'A transfer was recorded in error (HL7 v2 A12): the latest transfer of the stay to toWardCareLinkId before this event no longer counts, and the patient is on fromWardCareLinkId again.',
      payload: transferCancelledV1,
      example: { stayId: 'stay-4711', fromWardCareLinkId: 'ryhov-akm', toWardCareLinkId: 'ryhov-med-3' },
    },
  },
  MedicallyReadyForDischarge: {
    1: {
      description:
        'The patient no longer needs hospital care (utskrivningsklar). Unnecessary days are counted from readyAt.',
      payload: medicallyReadyForDischargeV1,
      example: {
        stayId: 'stay-4711',
        readyAt: '2026-11-23T10:00:00+01:00',
        expectedDestinationCareLinkId: 'jkpg-home-care-south',
      },
    },
  },
  MedicallyReadyWithdrawn: {
    1: {
      description:
        'The patient deteriorated: the medically-ready declaration no longer holds. It may be set again later.',
      payload: medicallyReadyWithdrawnV1,
      example: { stayId: 'stay-4711', reason: 'new fever, needs IV antibiotics' },
    },
  },
  PatientDischarged: {
    1: {
      description: 'The stay ends; the patient leaves hospital for the given destination.',
      payload: patientDischargedV1,
      example: {
        stayId: 'stay-4711',
        destination: 'home-with-home-care',
        destinationCareLinkId: 'jkpg-home-care-south',
      },
    },
  },
  DischargeCancelled: {
    1: {
      description:
        'The discharge was recorded in error (HL7 v2 A13): the latest discharge of the stay before this event no longer counts. The patient is in hospital again, and unnecessary days count on while medically ready.',
      payload: dischargeCancelledV1,
      example: { stayId: 'stay-4711' },
    },
  },
  PatientIdsMerged: {
    1: {
      description:
        "Two pseudonymous ids turned out to be one patient (HL7 v2 A40). The event's patientId survives; mergedPatientId is retired. Events stored under the retired id stay as they were (the store is never rewritten); read models move what they hold under it to the surviving id when they apply this event, and later events for the retired id are kept under it as sent.",
      payload: patientIdsMergedV1,
      example: { mergedPatientId: 'pat-1b2c3d' },
    },
  },
  MedicationListChanged: {
    1: {
      description:
        "One or more changes to the patient's shared medicine list, made against a known list version.",
      payload: medicationListChangedV1,
      example: {
        listVersion: 3,
        changes: [
          {
            action: 'dose-changed',
            medication: {
              text: 'Furosemid 40 mg tablett',
              coding: [{ system: 'http://www.whocc.no/atc', code: 'C03CA01' }],
            },
            dose: '40 mg',
            frequency: 'twice daily',
            reason: 'oedema increased',
          },
        ],
      },
    },
  },
  CarePlanUpdated: {
    1: {
      description: "A new version of the patient's shared individual care plan (SIP).",
      payload: carePlanUpdatedV1,
      example: {
        carePlanId: 'sip-81',
        version: 2,
        goals: ['I want to be able to walk to the shop again'],
        actions: [
          {
            description: 'Home care visits twice daily',
            responsibleCareLinkId: 'jkpg-home-care-south',
            dueDate: '2026-11-25',
          },
        ],
      },
    },
    2: {
      description:
        "A new version of the patient's shared individual care plan (SIP), with whom to call day and night, follow-up appointments and recommendations for further care.",
      payload: carePlanUpdatedV2,
      example: {
        carePlanId: 'sip-81',
        version: 3,
        goals: ['I want to be able to walk to the shop again'],
        actions: [
          {
            description: 'Home care visits twice daily',
            responsibleCareLinkId: 'jkpg-home-care-south',
            dueDate: '2026-11-25',
          },
        ],
        contacts: [
          {
            description: 'Home care night patrol',
            careLinkId: 'jkpg-home-care-south',
            phone: '036-10 50 00',
            available: 'day-and-night',
          },
        ],
        followUps: [
          { description: 'Heart failure nurse', careLinkId: 'vc-huskvarna', at: '2026-11-30T10:00:00+01:00' },
        ],
        recommendations: ['Weigh daily; call the district nurse if up 2 kg in 3 days'],
      },
    },
  },
  DischargeDelayCauseRecorded: {
    1: {
      description:
        'Why a medically ready patient is still in hospital. Each unnecessary day carries the cause in force at its midnight; a new record changes it from its time on, keeping the history.',
      payload: dischargeDelayCauseRecordedV1,
      example: { stayId: 'stay-4711', cause: 'home-care-capacity', from: '2026-11-23T10:00:00+01:00' },
    },
  },
  CareLinkNotified: {
    1: {
      description:
        'A discharge-planning notice (inskrivningsmeddelande, utskrivningsklar, no longer ready, planning-meeting call, expected discharge date) reached the home municipality or primary care unit. Carechain sends them itself when their conditions hold. Municipal payment liability applies only when the required notices were sent on time.',
      payload: careLinkNotifiedV1,
      example: {
        stayId: 'stay-4711',
        notice: 'ready-for-discharge-notice',
        toCareLinkId: 'jkpg-home-care-south',
      },
    },
  },
  PatientHomeRecorded: {
    1: {
      description:
        "Where the patient lives and which primary care unit she is listed with (FHIR Patient.address and generalPractitioner, or staff). Carechain finds the home municipality's and the primary care unit's care links in the directory and routes notices and handovers to them.",
      payload: patientHomeRecordedV1,
      example: { municipalityCode: '0680', primaryCareUnitHsaId: 'SE2321000057-1003' },
    },
  },
  CareLinkNoticeBreached: {
    1: {
      description:
        'A discharge-planning notice was not sent by its deadline (or had no recipient to go to). Published once per notice and recipient.',
      payload: careLinkNoticeBreachedV1,
      example: {
        stayId: 'stay-4711',
        notice: 'admission-notice',
        toCareLinkId: 'jkpg-home-care-south',
        dueAt: '2026-11-24T07:40:00+01:00',
        reason: 'sent after the deadline',
      },
    },
  },
  CareLinkNoticeAcknowledged: {
    1: {
      description: 'The municipality or primary care unit confirmed it received a discharge-planning notice.',
      payload: careLinkNoticeAcknowledgedV1,
      example: {
        stayId: 'stay-4711',
        notice: 'admission-notice',
        noticeEventId: '3f0c8f5e-9a51-4d5e-8a0e-6b1d2c3e4f50',
        acknowledgedBy: 'biståndshandläggare',
      },
    },
  },
  MunicipalStatusReported: {
    1: {
      description:
        "The municipality's status message back to the hospital: what support the patient had before admission.",
      payload: municipalStatusReportedV1,
      example: { stayId: 'stay-4711', supportBeforeAdmission: ['home-help', 'safety-alarm'] },
    },
  },
  ExpectedDischargeDateSet: {
    1: {
      description: 'The ward expects to discharge the patient on this date; the home links are told at once.',
      payload: expectedDischargeDateSetV1,
      example: { stayId: 'stay-4711', expectedDischargeDate: '2026-11-27' },
    },
  },
  PlanningMeetingCalled: {
    1: {
      description:
        'A planning meeting (SIP meeting) is called: when, in person or by video, which care links, and whether the patient and relatives take part. Each invited home link gets a planning-meeting-call notice.',
      payload: planningMeetingCalledV1,
      example: {
        stayId: 'stay-4711',
        meetingId: 'meeting-81',
        at: '2026-11-25T13:00:00+01:00',
        mode: 'video',
        participantCareLinkIds: ['ryhov-med-3', 'jkpg-home-care-south', 'vc-huskvarna'],
        patientTakesPart: true,
        relativesInvited: true,
      },
    },
  },
  PlanningMeetingHeld: {
    1: {
      description: 'The planning meeting was held; its outcome, and the SIP it made or changed.',
      payload: planningMeetingHeldV1,
      example: {
        stayId: 'stay-4711',
        meetingId: 'meeting-81',
        outcome: 'Home with home care twice daily from Friday',
        carePlanId: 'sip-81',
      },
    },
  },
  ConsentRecorded: {
    1: {
      description:
        "The patient's consent to sharing her information with the municipality and primary care, given or withdrawn, or the exception the law allows sharing under. While consent is withdrawn (and no exception recorded after it), municipal and primary care links cannot read her record.",
      payload: consentRecordedV1,
      example: { basis: 'consent-given' },
    },
  },
  HandoverAcknowledged: {
    1: {
      description: 'The receiving care link acknowledged a handover package: the information has reached it.',
      payload: handoverAcknowledgedV1,
      example: {
        packageId: '3f0c8f5e-9a51-4d5e-8a0e-6b1d2c3e4f50',
        specificationId: 'home-care-needs-at-ready',
        specificationVersion: 2,
        receivingCareLinkId: 'jkpg-home-care-south',
        sendingCareLinkId: 'ryhov-med-3',
        acknowledgedBy: 'home-care-coordinator',
      },
    },
  },
  HandoverTargetNearlyBreached: {
    1: {
      description:
        'Three quarters of the time to a handover deadline have passed and the receiving link has not acknowledged it.',
      payload: handoverTimelinessV1,
      example: {
        packageId: '3f0c8f5e-9a51-4d5e-8a0e-6b1d2c3e4f50',
        specificationId: 'home-care-needs-at-ready',
        specificationVersion: 2,
        receivingCareLinkId: 'jkpg-home-care-south',
        sendingCareLinkId: 'ryhov-med-3',
        dueAt: '2026-11-26T10:00:00+01:00',
        reason: 'not acknowledged; due 2026-11-26 10:00 Europe/Stockholm',
      },
    },
  },
  HandoverTargetBreached: {
    1: {
      description:
        'A handover missed its transmission target: sent after, or not acknowledged by, its deadline.',
      payload: handoverTimelinessV1,
      example: {
        packageId: '3f0c8f5e-9a51-4d5e-8a0e-6b1d2c3e4f50',
        specificationId: 'home-care-needs-at-ready',
        specificationVersion: 2,
        receivingCareLinkId: 'jkpg-home-care-south',
        sendingCareLinkId: 'ryhov-med-3',
        dueAt: '2026-11-26T10:00:00+01:00',
        reason: 'not acknowledged by the deadline',
      },
    },
  },
} satisfies Record<string, Record<number, CareEventDefinition>>;

export type CareEventType = keyof typeof careEventCatalog;
export const careEventTypes = Object.keys(careEventCatalog) as CareEventType[];

type Catalog = typeof careEventCatalog;
/** Payload type of a given event type and version. */
export type PayloadOf<T extends CareEventType, V extends keyof Catalog[T] = keyof Catalog[T]> =
  Catalog[T][V] extends CareEventDefinition<infer S> ? z.infer<S> : never;

export function isCareEventType(type: string): type is CareEventType {
  return Object.prototype.hasOwnProperty.call(careEventCatalog, type);
}

export function definitionOf(type: CareEventType, version: number): CareEventDefinition | undefined {
  return (careEventCatalog[type] as Record<number, CareEventDefinition>)[version];
}

export function supportedVersions(type: CareEventType): number[] {
  return Object.keys(careEventCatalog[type]).map(Number);
}
