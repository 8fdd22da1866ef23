import { stayRecordOf, unnecessaryDays, type StayEventFact } from '@carechain/domain';
import { estherNetworkEvents, publishedFigures, type DemoEvent } from './esther-network';

const TIME_ZONE = 'Europe/Stockholm';

describe('the demo care chain reproduces the Esther network’s published figures', () => {
  const stays = new Map<string, DemoEvent[]>();
  let sequence = 0;
  const sequences = new Map<string, number>();
  beforeAll(() => {
    for (const event of estherNetworkEvents()) {
      const stayId = event.payload.stayId as string;
      stays.set(stayId, [...(stays.get(stayId) ?? []), event]);
      sequences.set(event.eventId, ++sequence);
    }
  });

  const facts = (events: DemoEvent[]) =>
    events.map(
      (e) =>
        ({
          eventId: e.eventId,
          sequence: sequences.get(e.eventId)!,
          occurredAt: new Date(e.occurredAt),
          type: e.type,
          payload: e.payload,
        }) as StayEventFact,
    );
  const yearOf = (iso: string) => Number(new Date(iso).getUTCFullYear());

  it('has exactly the published unnecessary days in 1999 and 2011', () => {
    const perYear = new Map<number, number>();
    for (const [stayId, events] of stays) {
      const record = stayRecordOf(stayId, facts(events))!;
      for (const day of unnecessaryDays(
        record.facts,
        { kind: 'every-ready-midnight' },
        TIME_ZONE,
        new Date('2030-01-01'),
      )) {
        const year = Number(day.date.slice(0, 4));
        perYear.set(year, (perYear.get(year) ?? 0) + 1);
      }
    }
    expect(perYear.get(1999)).toBe(publishedFigures.unnecessaryDays[1999]);
    expect(perYear.get(2011)).toBe(publishedFigures.unnecessaryDays[2011]);
  });

  it('has the published admissions in 1998 and 2003', () => {
    const admissions = (year: number) =>
      [...stays.values()].filter((events) =>
        events.some((e) => e.type === 'PatientAdmitted' && yearOf(e.occurredAt) === year),
      ).length;
    expect(admissions(1998)).toBe(publishedFigures.admissions[1998]);
    expect(admissions(2003)).toBe(publishedFigures.admissions[2003]);
  });

  it('has the published heart-failure hospital days in 1998 and 2000', () => {
    const nights = (year: number) =>
      [...stays.values()]
        .filter((events) =>
          events.some(
            (e) =>
              e.type === 'PatientAdmitted' &&
              e.payload.diagnosisGroup === 'heart-failure' &&
              yearOf(e.occurredAt) === year,
          ),
        )
        .reduce((total, events) => {
          const admitted = Date.parse(
            events.find((e) => e.type === 'PatientAdmitted')!.occurredAt.slice(0, 10),
          );
          const discharged = Date.parse(
            events.find((e) => e.type === 'PatientDischarged')!.occurredAt.slice(0, 10),
          );
          return total + (discharged - admitted) / 86_400_000;
        }, 0);
    expect(nights(1998)).toBe(publishedFigures.heartFailureHospitalDays[1998]);
    expect(nights(2000)).toBe(publishedFigures.heartFailureHospitalDays[2000]);
  });
});
