import { describe, expect, it } from 'vitest';
import { compileTemplate, matchCase, renderTemplate, TemplateError } from '../../lib/engine/templates';

describe('templates', () => {
  it('renders names and drops a doubled space at the joint', () => {
    const t = compileTemplate('Could you {{rest}}?', []);
    expect(renderTemplate(t, { rest: ' send it' })).toBe('Could you send it?');
    const t2 = compileTemplate('Could you {{verb|lower}}{{rest}}?', ['verb']);
    expect(renderTemplate(t2, { verb: 'Send', rest: ' me the file' })).toBe('Could you send me the file?');
  });

  it('conjugates verbs with compromise', () => {
    const t = compileTemplate('{{action|infinitive}} / {{action|gerund}}', ['action']);
    expect(renderTemplate(t, { action: 'sent the file' })).toBe('send the file / sending the file');
  });

  it('refuses unknown names and filters', () => {
    expect(() => compileTemplate('{{nope}}', [])).toThrow(TemplateError);
    expect(() => compileTemplate('{{match|shout}}', [])).toThrow(/unknown filter/);
    expect(() => compileTemplate('{{match', [])).toThrow(/unbalanced/);
  });

  it('follows the case of the original position', () => {
    expect(matchCase('could you check?', 'Check it.', true)).toBe('Could you check?');
    expect(matchCase('Could you check?', 'check it', false)).toBe('could you check?');
    expect(matchCase("I'd suggest", 'you must', false)).toBe("I'd suggest");
    expect(matchCase('NASA says', 'they say', false)).toBe('NASA says');
  });
});

describe('template spacing', () => {
  it('drops spaces left by empty values but keeps a leading space the template wrote', () => {
    const t = compileTemplate('{{a}} {{b}} {{rest}}.', ['a', 'b']);
    expect(renderTemplate(t, { a: '', b: 'we', rest: ' go' })).toBe('we go.');
    const insert = compileTemplate(' Could you let me know?', []);
    expect(renderTemplate(insert, {})).toBe(' Could you let me know?');
  });
});

describe('verb filters', () => {
  it('give past and participle forms, regular and irregular', () => {
    const t = compileTemplate('{{v|past}} / {{v|participle}}', ['v']);
    expect(renderTemplate(t, { v: 'skip' })).toBe('skipped / skipped');
    expect(renderTemplate(t, { v: 'break' })).toBe('broke / broken');
    expect(renderTemplate(t, { v: 'plan' })).toBe('planned / planned');
    expect(renderTemplate(t, { v: 'put' })).toBe('put / put');
    expect(renderTemplate(compileTemplate('{{v|participle}}', ['v']), { v: 'broke' })).toBe('broken');
  });
});
