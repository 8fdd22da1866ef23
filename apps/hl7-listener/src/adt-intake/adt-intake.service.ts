import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Hl7Message } from '@medplum/core';
import { validateCareEvent } from '@carechain/contracts';
import { refusalOfSubmission, type Submitter } from '@carechain/domain';
import {
  acknowledgementOf,
  careLinksOfMappings,
  hl7ErrorCodes,
  patientIdentityOfAdt,
  readAdtMessage,
  type AdtMappings,
  type AdtProblem,
  type CareEventSubmission,
} from '@carechain/hl7';
import type { NewCareEvent } from '@carechain/persistence';
import { CareEventStore, PatientIdentityRegister } from '@carechain/persistence';
import { failureOf } from '@carechain/messaging';
import { countIntake, traced } from '@carechain/service-runtime';
import { GroupAppend, type MessageIntake, type MessageTaken } from './group-append';
import { storeGroup } from './store-group';

export const ADT_MAPPING = Symbol('AdtMapping');
export const ORGANISATION_TIME_ZONE = Symbol('OrganisationTimeZone');

// Where in the ADT message a contract field came from, for the ACK's ERR-2.
const locationOfContractField: Record<string, string> = {
  patientId: 'PID-3',
  'payload.stayId': 'PV1-19',
  'payload.mergedPatientId': 'MRG-1',
};

/**
 * Turns each ADT message into a care event, stores it through the event store (event, outbox row
 * and the patient's identity in one transaction) and only then answers AA. Anything else gets AE or AR with the reason;
 * nothing is stored for it.
 */
@Injectable()
export class AdtIntakeService {
  private readonly logger = new Logger(AdtIntakeService.name);
  private readonly appender: GroupAppend;
  /** The listener speaks for the wards of its mapping file, and for no other care link. */
  private readonly submitter: Submitter;

  constructor(
    @Inject(CareEventStore) store: CareEventStore,
    @Inject(ADT_MAPPING) private readonly mappings: AdtMappings,
    @Inject(ORGANISATION_TIME_ZONE) private readonly timeZone: string,
    @Inject(PatientIdentityRegister) identities: PatientIdentityRegister,
  ) {
    this.appender = new GroupAppend(storeGroup(store, identities));
    this.submitter = {
      kind: 'connection',
      name: 'the HL7 listener (the care links of HL7_MAPPING_FILE)',
      careLinkIds: careLinksOfMappings(mappings),
    };
  }

  /** `connection`'s messages are stored in the order they are given; other connections' may pass them. */
  async answer(message: Hl7Message, connection: object): Promise<Hl7Message> {
    try {
      return await traced(
        'hl7 message',
        { 'hl7.message_type': message.getSegment('MSH')?.getField(9)?.toString() ?? '' },
        () => this.record(message, connection),
      );
    } catch (error) {
      // A database's words repeat the statement's values, and an ADT message carries who the patient is.
      this.logger.error(`could not process a message: ${failureOf(error as Error)}`);
      return this.refuse(message, {
        ackCode: 'AR',
        errorCode: hl7ErrorCodes.applicationInternalError,
        reason: 'Carechain could not process the message just now; send it again',
      });
    }
  }

  private async record(message: Hl7Message, connection: object): Promise<Hl7Message> {
    const reading = readAdtMessage(message, this.mappings, this.timeZone);
    if (reading.outcome === 'refused') return this.refuse(message, reading.problem);
    if (reading.outcome === 'nothing-to-record') {
      this.logIdentityProblems(await this.appender.append(this.intakeOf(message, []), connection));
      return acknowledgementOf(message);
    }

    const events: NewCareEvent[] = [];
    for (const event of reading.events) {
      const checked = this.checked(event);
      if ('problem' in checked) return this.refuse(message, checked.problem);
      events.push(checked.event);
    }
    const taken = await this.appender.append(this.intakeOf(message, events), connection);
    const { outcomes } = taken;
    countIntake('hl7', outcomes);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        return this.refuse(message, {
          ackCode: 'AE',
          errorCode: hl7ErrorCodes.dataTypeError,
          reason: `the care event was refused: ${outcome.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
        });
      }
      if (outcome.status === 'conflict') {
        return this.refuse(message, {
          ackCode: 'AE',
          errorCode: hl7ErrorCodes.duplicateKeyIdentifier,
          location: 'MSH-10',
          reason:
            'this sending application and facility already sent a different message under this MSH-10 control id',
        });
      }
    }
    this.logger.debug(
      events.map((event, i) => `${event.type} ${outcomes[i]?.status ?? 'stored'}`).join(', '),
    );
    this.logIdentityProblems(taken);
    return acknowledgementOf(message);
  }

  /**
   * PID's name and personal identity number go straight to the identity register with the events,
   * never into the care event. A message whose identity the register cannot take is still taken
   * for its event.
   */
  private intakeOf(message: Hl7Message, events: NewCareEvent[]): MessageIntake {
    const told = patientIdentityOfAdt(message, this.mappings);
    if (!told) return { events };
    const { patientId, sourceSystem, ...identity } = told;
    return { events, identity: { patientId, told: identity, source: sourceSystem } };
  }

  /** The log names the field, never its value. */
  private logIdentityProblems({ identityProblems }: MessageTaken) {
    if (identityProblems.length)
      this.logger.warn(
        `identity not registered: ${identityProblems.map((p) => `PID ${p.path}: ${p.message}`).join('; ')}`,
      );
  }

  /** The event as the contract and the listener's care links allow it, or why not. */
  private checked(event: CareEventSubmission): { event: NewCareEvent } | { problem: AdtProblem } {
    const checked = validateCareEvent(event);
    if (!checked.ok) {
      countIntake('hl7', [{ status: 'rejected' }]);
      return {
        problem: {
          ackCode: 'AE',
          errorCode: hl7ErrorCodes.dataTypeError,
          location: locationOfContractField[checked.problems[0].path],
          reason: `the care event is not valid: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
        },
      };
    }
    const { type, source, payload } = checked.event;
    const refusal = refusalOfSubmission(
      this.submitter,
      { type, sourceCareLinkId: source.careLinkId, payload },
      false,
    );
    if (refusal) {
      countIntake('hl7', [{ status: 'forbidden' }]);
      return {
        problem: {
          ackCode: 'AE',
          errorCode: hl7ErrorCodes.tableValueNotFound,
          location: 'PV1-3',
          reason: `${refusal.path}: ${refusal.message}`,
        },
      };
    }
    return { event: checked.event };
  }

  answerUnreadable(): Hl7Message {
    return this.refuse(undefined, {
      ackCode: 'AE',
      errorCode: hl7ErrorCodes.dataTypeError,
      reason: 'the message does not begin with an MSH segment',
    });
  }

  answerTooLarge(header: Hl7Message | undefined, limitBytes: number): Hl7Message {
    return this.refuse(header, {
      ackCode: 'AR',
      errorCode: hl7ErrorCodes.applicationInternalError,
      reason: `the message is larger than the ${limitBytes / 1024 / 1024} MiB this listener takes`,
    });
  }

  answerUnknownCharacterSet(header: Hl7Message | undefined, characterSet: string): Hl7Message {
    return this.refuse(header, {
      ackCode: 'AR',
      errorCode: hl7ErrorCodes.tableValueNotFound,
      location: 'MSH-18',
      reason: `MSH-18 character set '${characterSet}' is not one this listener reads (ASCII, 8859/1, 8859/15, UNICODE UTF-8, WINDOWS-1252)`,
    });
  }

  private refuse(message: Hl7Message | undefined, problem: AdtProblem): Hl7Message {
    // Reasons name fields and codes only, never patient data.
    this.logger.log(
      `message refused (${problem.ackCode} ${problem.errorCode}${problem.location ? ` at ${problem.location}` : ''}): ${problem.reason}`,
    );
    return acknowledgementOf(message, problem);
  }
}
