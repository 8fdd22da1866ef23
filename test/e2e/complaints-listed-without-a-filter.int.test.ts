import { createPrismaClient } from '@carechain/persistence';
import { RunningPlatform } from './running-platform';

const WARD = 'ryhov-med-3';
const FIELDS = 'complaintId summary closedAt';
const roleAt: Record<string, string | undefined> = { 'complaints-line': 'complaints-handler' };

interface Listed {
  complaints: { complaintId: string; summary: string; closedAt: string | null }[];
}

describe('complaints listed without a filter', () => {
  let platform: RunningPlatform;

  const gql = async <T>(query: string, variables: object, careLinkId: string) => {
    const { data, errors } = await platform.graphql<T>(query, variables, careLinkId, roleAt[careLinkId]);
    if (errors) throw new Error(errors.map((e) => e.message).join('; '));
    return data!;
  };
  const record = async (summary: string, receivedOn: string) =>
    (
      await gql<{ recordComplaint: { complaintId: string } }>(
        'mutation($input: ComplaintInput!) { recordComplaint(input: $input) { complaintId } }',
        { input: { receivedOn, complainantKind: 'relative', summary, involvedCareLinkIds: [WARD] } },
        'complaints-line',
      )
    ).recordComplaint.complaintId;

  beforeAll(async () => {
    platform = await RunningPlatform.start();
    // A complaint names care links from the directory; the directory itself is not under test here.
    const prisma = createPrismaClient(platform.db.url, 1);
    await prisma.careLink
      .create({
        data: {
          careLinkId: WARD,
          name: 'Medicin 3',
          kind: 'hospital-ward',
          organisation: {
            create: { organisationId: 'region-jonkoping', name: 'Region Jönköping', kind: 'region' },
          },
        },
      })
      .finally(() => prisma.$disconnect());
    const settled = await record('Nobody told home care she was coming home', '2026-11-02');
    await gql(
      'mutation($id: ID!) { answerComplaint(complaintId: $id, answer: "The notice now goes out at once") { complaintId } }',
      { id: settled },
      WARD,
    );
    await gql(
      'mutation($id: ID!, $input: ComplaintFeedbackInput!) { giveComplaintFeedback(complaintId: $id, input: $input) { complaintId } }',
      { id: settled, input: { feedback: 'The ward answered', givenOn: '2026-11-10' } },
      'complaints-line',
    );
    await gql(
      'mutation($id: ID!) { closeComplaint(complaintId: $id) { complaintId } }',
      { id: settled },
      'complaints-line',
    );
    await record('Her medicines were changed without a word', '2026-11-05');
    await record('The discharge was at nine in the evening', '2026-11-20');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('lists every complaint, the open ones first and the newest of them first', async () => {
    const { complaints } = await gql<Listed>(`{ complaints { ${FIELDS} } }`, {}, 'complaints-line');
    expect(complaints.map((c) => [c.summary, c.closedAt === null])).toEqual([
      ['The discharge was at nine in the evening', true],
      ['Her medicines were changed without a word', true],
      ['Nobody told home care she was coming home', false],
    ]);
  });

  it('lists only the open ones, or only the closed ones, when asked', async () => {
    const open = await gql<Listed>(`{ complaints(open: true) { ${FIELDS} } }`, {}, 'complaints-line');
    const closed = await gql<Listed>(`{ complaints(open: false) { ${FIELDS} } }`, {}, 'complaints-line');
    expect(open.complaints.map((c) => c.summary)).toEqual([
      'The discharge was at nine in the evening',
      'Her medicines were changed without a word',
    ]);
    expect(closed.complaints.map((c) => c.summary)).toEqual(['Nobody told home care she was coming home']);
  });
});
