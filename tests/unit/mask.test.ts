import { describe, expect, it } from 'vitest';
import { maskNonAuthored } from '../../lib/engine/mask';

const masked = (t: string) => maskNonAuthored(t).text;

describe('maskNonAuthored', () => {
  it('keeps the length and the line breaks', () => {
    const t = 'Hi "quoted" `code`\r\nhttps://x.test/a?b=1 a@b.co\n> old';
    const m = masked(t);
    expect(m.length).toBe(t.length);
    expect([...m].filter((c) => c === '\n').length).toBe(2);
    expect(m.includes('\r')).toBe(true);
  });

  it('blanks quoted reply lines and everything after "On ... wrote:"', () => {
    const t = 'Sounds good.\n> You need to fix it.\nOK\n\nOn Mon, 3 Jun 2024 at 10:02, Aiko <a@b.jp> wrote:\nYou need to send it.';
    const m = masked(t);
    expect(m).toContain('Sounds good.');
    expect(m).toContain('OK');
    expect(m).not.toMatch(/need/);
  });

  it('blanks a reply header that wraps over two lines', () => {
    const t = 'Thanks!\nOn Mon, 3 Jun 2024 at 10:02 Aiko Sato <aiko@example.jp>\nwrote:\nDo it now.';
    expect(masked(t)).not.toContain('Do it');
  });

  it('blanks Outlook original-message blocks', () => {
    const t = 'See below.\n\n-----Original Message-----\nFrom: Bob\nSent: Monday\nYou must do this.';
    expect(masked(t)).not.toContain('must');
    const t2 = 'See below.\n\nFrom: Bob Smith <bob@x.com>\nSent: Monday, 3 June 2024 10:00\nTo: Team\nYou must do this.';
    expect(masked(t2)).not.toContain('must');
  });

  it('blanks quotations, code, URLs and emails but not the words around them', () => {
    const m = masked('The error says "you need to restart" and `rm -rf` at https://a.test/x or bob@corp.jp, fine.');
    expect(m).toContain('The error says');
    expect(m).not.toContain('restart');
    expect(m).not.toContain('rm -rf');
    expect(m).not.toContain('a.test');
    expect(m).not.toContain('corp.jp');
    expect(m).toContain('fine.');
  });

  it('blanks the signature after a sign-off and after "-- "', () => {
    const t = 'Could you check the numbers?\n\nBest regards,\nTaro Yamada\nHead of Sales | ACME\n+81 3 1234 5678';
    const m = masked(t);
    expect(m).toContain('Best regards,');
    expect(m).not.toContain('Taro');
    expect(masked('Done.\n-- \nSent from my phone. Do it now.')).not.toContain('Do it');
  });

  it('does not take message lines after a "Thanks" line for a signature', () => {
    const t = 'Thanks,\nsend me the file when you can';
    expect(masked(t)).toContain('send me the file');
    const t2 = 'Thanks for yesterday.\nAlso: the deadline moves.\nYou need to update the plan by Friday.';
    expect(masked(t2)).toContain('You need to update');
  });
});
