import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/engine/analyze';
import { packWith } from '../../../helpers';

const pack = packWith({ category: 'shouting', match: { detector: 'shouting-caps' }, suggest: ['{{match|lower}}'] });
const spans = (t: string) => analyze(t, { packs: [pack] }).findings.map((f) => f.text);

describe('shouting-caps', () => {
  it('flags shouted words and runs of them', () => {
    expect(spans('I need this NOW.')).toEqual(['NOW']);
    expect(spans('DO NOT TOUCH the server.')).toEqual(['DO NOT TOUCH']);
    expect(spans('This is URGENT, please look.')).toEqual(['URGENT']);
    expect(spans('GET IT DONE today.')).toEqual(['GET IT DONE']);
  });

  it('leaves acronyms alone', () => {
    expect(spans('The API, the CEO and NASA agree; FYI the EOD report is late.')).toEqual([]);
    expect(spans('Q3 OKRs and KPIs are in the PDF.')).toEqual([]);
    expect(spans('I think so.')).toEqual([]);
  });

  it('leaves names, labels and defined terms in capitals alone (real mail is full of them)', () => {
    expect(spans('The ENRON and NYMEX positions are in the attached sheet.')).toEqual([]);
    expect(spans('CONFIDENTIAL\nHere is the revised term sheet.')).toEqual([]);
    expect(spans('ACTION REQUIRED: submit expenses by Friday.')).toEqual([]);
    expect(spans('[DRAFT] Q3 plan for review')).toEqual([]);
    expect(spans('Under the Master Services Agreement (MSA) the MSA governs.')).toEqual([]);
    expect(spans('Please read this BEFORE the meeting.')).toEqual(['BEFORE']);
    expect(spans('THIS IS NOT ACCEPTABLE.')).toEqual(['THIS IS NOT ACCEPTABLE']);
    expect(spans('Send the GRAND TOTAL figures and the BOOK ID list.')).toEqual([]);
    expect(spans('The PWR-GAS-LT-MGMT book is in the POS-GAS-TRD portfolio.')).toEqual([]);
    expect(spans('Attached is the FINAL version.')).toEqual([]);
    expect(spans('Keep up the GOOD WORK!')).toEqual([]);
    expect(spans('Please STOP CHANGING the schedule.')).toEqual(['STOP CHANGING']);
  });

  it('leaves technical capitals alone: error and UI text, controls, code words', () => {
    expect(spans('We got a 404 NOT FOUND from the payment API.')).toEqual([]);
    expect(spans('The STOP button on Line 2 works fine.')).toEqual([]);
    expect(spans('The login page shows ACCESS DENIED when I sign in.')).toEqual([]);
    expect(spans('The query does a LEFT JOIN on CUSTOMER_ID, so nulls are expected.')).toEqual([]);
    expect(spans('The DEBUG flag is still on in staging.')).toEqual([]);
    expect(spans('DO NOT deploy on Fridays.')).toEqual(['DO NOT']);
  });

  it('leaves capitals of thanks and celebration alone', () => {
    expect(spans('Thank you SO much for covering!')).toEqual([]);
    expect(spans('CONGRATS on the launch, AMAZING work!')).toEqual([]);
    expect(spans('WHO approved this change?')).toEqual(['WHO']);
  });

  it('suggests lower case that follows the position', () => {
    expect(analyze('I need this NOW.', { packs: [pack] }).findings[0].suggestions).toEqual(['now']);
  });
});
