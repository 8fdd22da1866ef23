import { OperationNames, outcomeOf } from './graphql-metrics';

describe('GraphQL latency is labelled by operation name, with bounded cardinality', () => {
  it('labels an operation by its name only', () => {
    expect(new OperationNames().label(true, 'PatientJourney')).toBe('PatientJourney');
  });

  it('tells operations without a name from requests that never resolved to one', () => {
    const names = new OperationNames();
    expect(names.label(true, null)).toBe('anonymous');
    expect(names.label(false, 'Claimed')).toBe('unresolved');
  });

  it('counts names past the limit, and names that are not GraphQL names, as other', () => {
    const names = new OperationNames(2);
    expect(names.label(true, 'A')).toBe('A');
    expect(names.label(true, 'B')).toBe('B');
    expect(names.label(true, 'C')).toBe('other');
    expect(names.label(true, 'A')).toBe('A');
    expect(new OperationNames().label(true, 'not a name')).toBe('other');
    expect(new OperationNames().label(true, 'x'.repeat(65))).toBe('other');
  });

  it('has outcome ok, error when execution reported errors, invalid when no operation ran', () => {
    expect(outcomeOf(true, undefined)).toBe('ok');
    expect(outcomeOf(true, [])).toBe('ok');
    expect(outcomeOf(true, [new Error('x')])).toBe('error');
    expect(outcomeOf(false, [new Error('depth')])).toBe('invalid');
  });
});
