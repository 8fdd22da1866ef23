import { contentOf, draftOf, problemsOf } from './care-plan-draft';

describe('a ward nurse writes the SIP with the patient before discharge', () => {
  const draft = () => draftOf(null);

  it('asks for a goal in her own words and someone to call by day and by night', () => {
    expect(problemsOf(draft())).toEqual({
      goals: 'carePlanEditor.goalMissing',
      contacts: 'carePlanEditor.dayAndNight',
    });
  });

  it('accepts a goal and the safety alarm that answers day and night', () => {
    const d = draft();
    d.goals = ['Att kunna gå till affären igen'];
    d.contacts = [{ description: 'Trygghetslarmet', phone: '036-10 20 30', available: 'day-and-night' }];
    expect(problemsOf(d)).toEqual({});
  });

  it('names the action row that lacks the care link responsible', () => {
    const d = draft();
    d.goals = ['Hemma till jul'];
    d.contacts = [{ description: 'Hemtjänsten', phone: '036-1', available: 'day-and-night' }];
    d.actions = [
      { description: 'Hemtjänst morgon och kväll', responsibleCareLinkId: 'hemtjanst', dueDate: '' },
      { description: 'Ny rollator', responsibleCareLinkId: '', dueDate: '' },
    ];
    expect(problemsOf(d)).toEqual({ 'actions.1': 'carePlanEditor.actionIncomplete' });
  });

  it('drops rows left empty and trims what was typed', () => {
    const d = draft();
    d.goals = ['  Klara mig själv  ', ''];
    d.actions = [{ description: '', responsibleCareLinkId: '', dueDate: '' }];
    d.recommendations = ['', 'Vikt varje vecka'];
    expect(contentOf(d)).toMatchObject({
      goals: ['Klara mig själv'],
      actions: [],
      recommendations: ['Vikt varje vecka'],
    });
  });
});
