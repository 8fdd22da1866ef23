/** HL7 table 0357 (message error condition) codes this listener answers with. */
export const hl7ErrorCodes = {
  requiredFieldMissing: 101,
  dataTypeError: 102,
  tableValueNotFound: 103,
  unsupportedMessageType: 200,
  unsupportedEventCode: 201,
  unsupportedProcessingId: 202,
  unsupportedVersionId: 203,
  duplicateKeyIdentifier: 205,
  applicationInternalError: 207,
} as const;
export type Hl7ErrorCode = (typeof hl7ErrorCodes)[keyof typeof hl7ErrorCodes];

/**
 * Why a message is not accepted. AE: its content is wrong, resending it unchanged will not help.
 * AR: Carechain does not take it (message type, event, processing id, version) or could not store
 * it for now; `location` is where in the message the problem is, e.g. PV1-3. Reasons name fields
 * and codes, never patient data.
 */
export interface AdtProblem {
  ackCode: 'AE' | 'AR';
  errorCode: Hl7ErrorCode;
  location?: string;
  reason: string;
}

/** Thrown while reading a message; readAdtMessage turns it into the refusal. */
export class AdtRefusal extends Error {
  constructor(readonly problem: AdtProblem) {
    super(problem.reason);
  }
}

export const refuse = (
  ackCode: AdtProblem['ackCode'],
  errorCode: Hl7ErrorCode,
  location: string,
  reason: string,
): never => {
  throw new AdtRefusal({ ackCode, errorCode, location, reason });
};
