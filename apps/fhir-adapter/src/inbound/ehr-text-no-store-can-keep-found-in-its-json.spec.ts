import { storedJsonOf } from './stored-json';

describe('text from the EHR that no store can keep, found through the JSON it is stored as', () => {
  it('finds a NUL, half a surrogate pair and a NUL in a key, naming where each is', () => {
    const resource = {
      resourceType: 'MedicationStatement',
      note: [{ text: 'twice\u0000 daily' }, { text: 'cut \uD83D' }],
      ['dos\u0000age']: [],
    };
    expect(storedJsonOf(resource).unsafe.map((u) => u.path)).toEqual([
      '"dos\\u0000age"',
      'note.0.text',
      'note.1.text',
    ]);
  });

  it('keeps whole surrogate pairs, other escapes and a written backslash-u, and gives the JSON as stored', () => {
    const resource = { text: 'Alvedon 💊 \\u0000 \t', display: 'tab\u0001' };
    expect(storedJsonOf(resource)).toEqual({ json: JSON.stringify(resource), unsafe: [] });
  });
});
