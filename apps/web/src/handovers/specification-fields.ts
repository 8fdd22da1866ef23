import { Kind, parse, type SelectionSetNode } from 'graphql';

/**
 * What a unit may ask for in a handover, as paths into the patient's record (the gateway's
 * handoverRecordSchema), grouped as a planner thinks of them. Each path's last part is labelled
 * from the same texts the package view uses.
 */
export const specificationSections = [
  { key: 'patient', fields: ['patient.patientId', 'patient.journey.status', 'patient.journey.careLinkIds'] },
  {
    key: 'stay',
    fields: [
      'patient.stay.wardCareLinkId',
      'patient.stay.admittedAt',
      'patient.stay.medicallyReadySince',
      'patient.stay.dischargedAt',
      'patient.stay.receivingCareLinkId',
      'patient.stay.diagnosisGroup',
      'patient.stay.dischargeDelayCause',
    ],
  },
  {
    key: 'medicineList',
    fields: [
      'patient.medicineList.changedAt',
      'patient.medicineList.medications.text',
      'patient.medicineList.medications.dose',
      'patient.medicineList.medications.route',
      'patient.medicineList.medications.frequency',
      'patient.medicineList.medications.since',
    ],
  },
  {
    key: 'medicineReconciliation',
    fields: [
      'patient.medicineReconciliation.added.text',
      'patient.medicineReconciliation.stopped.text',
      'patient.medicineReconciliation.doseChanged.text',
      'patient.medicineReconciliation.withoutReason.text',
    ],
  },
  {
    key: 'carePlan',
    fields: [
      'patient.carePlan.goals',
      'patient.carePlan.actions.description',
      'patient.carePlan.actions.responsibleCareLinkId',
      'patient.carePlan.actions.dueDate',
      'patient.carePlan.contacts.description',
      'patient.carePlan.contacts.phone',
      'patient.carePlan.contacts.available',
      'patient.carePlan.followUps.description',
      'patient.carePlan.followUps.at',
      'patient.carePlan.recommendations',
    ],
  },
] as const;

interface Tree {
  [name: string]: Tree;
}

/** The specification's query asking for exactly these paths, in the order given. */
export function documentOf(paths: readonly string[]): string {
  const tree: Tree = {};
  for (const path of paths) {
    let node = tree;
    for (const part of path.split('.')) node = node[part] ??= {};
  }
  const selection = (node: Tree): string =>
    Object.entries(node)
      .map(([name, below]) => (Object.keys(below).length ? `${name} { ${selection(below)} }` : name))
      .join(' ');
  return `{ ${selection(tree)} }`;
}

/** The paths a specification's query asks for, so a saved specification opens with its fields chosen. */
export function pathsOf(document: string): string[] {
  const operation = parse(document).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const walk = (set: SelectionSetNode, prefix: string): string[] =>
    set.selections.flatMap((s) => {
      if (s.kind !== Kind.FIELD) return [];
      const path = `${prefix}${s.name.value}`;
      return s.selectionSet ? walk(s.selectionSet, `${path}.`) : [path];
    });
  return operation ? walk(operation.selectionSet, '') : [];
}
