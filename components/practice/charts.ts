/**
 * chart.js, registered once with only the pieces our charts use (tree-shaken), and one colour
 * per finding category so that every chart (practice progress, personal stats) agrees.
 */
import {
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { CATEGORIES, type Category } from '../../lib/engine/types';

Chart.register(BarElement, CategoryScale, Filler, Legend, LinearScale, LineElement, PointElement, Tooltip);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
Chart.defaults.color = '#3c4043';
// Charts are redrawn when data changes; the animation only slows tests and screenshots down.
Chart.defaults.animation = false;

const PALETTE = [
  '#d93025', '#e37400', '#f9ab00', '#188038', '#1a73e8', '#9334e6', '#e52592',
  '#12b5cb', '#5f6368', '#b31412', '#137333', '#185abc', '#a142f4', '#80868b',
];

export function categoryColour(category: Category | string): string {
  const i = CATEGORIES.indexOf(category as Category);
  return PALETTE[(i < 0 ? CATEGORIES.length : i) % PALETTE.length];
}

export const EVENT_COLOURS = { shown: '#1a73e8', applied: '#188038', ignored: '#80868b' } as const;
