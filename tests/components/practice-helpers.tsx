/**
 * happy-dom has no `document.execCommand`. This stand-in types into the focused textarea the way
 * a browser's insertText does: the value changes below React's value tracker, then an input
 * event, so a controlled textarea's onChange sees it (as in Chromium).
 */
export function emulateInsertText(doc: Document): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  Object.assign(doc, {
    execCommand(command: string, _ui: boolean, text: string): boolean {
      const field = doc.activeElement;
      if (command !== 'insertText' || !(field instanceof HTMLTextAreaElement)) return false;
      const { selectionStart, selectionEnd, value } = field;
      setValue.call(field, value.slice(0, selectionStart) + text + value.slice(selectionEnd));
      field.setSelectionRange(selectionStart + text.length, selectionStart + text.length);
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
      return true;
    },
  });
}

interface ChartProps {
  data: { labels?: unknown[]; datasets: { label?: string; data: unknown[] }[] };
  'aria-label'?: string;
}

/**
 * A stand-in for react-chartjs-2 (happy-dom has no canvas): each chart renders its labels and
 * datasets as data attributes, so tests can read what would be drawn. The real charts are
 * exercised in Chromium (tests/e2e/practice.e2e.ts).
 */
export function fakeCharts() {
  const chart = (kind: string) =>
    function FakeChart(props: ChartProps) {
      const data = { labels: props.data.labels, datasets: props.data.datasets.map((d) => ({ label: d.label, data: d.data })) };
      return <canvas role="img" data-testid={`fake-${kind}-chart`} data-chart={JSON.stringify(data)} aria-label={props["aria-label"]} />;
    };
  return { Line: chart('line'), Bar: chart('bar') };
}
