import { Direction, Rag, Rating, RecordedBy, ReportingFrequency, ReviewDecision } from '../codecs';
import { Tolerance } from './events';

export interface KpiState {
  readonly name: string;
  readonly unit: string;
  readonly frequency: ReportingFrequency;
  readonly target: number;
  readonly direction: Direction;
  readonly tolerance: Tolerance;
}

export interface ReviewState {
  readonly reviewedOn: string;
  readonly rating: Rating;
  readonly rag: Rag;
  readonly decision: ReviewDecision;
  readonly finalAssessment: boolean;
}

export interface ReturnState {
  readonly submittedBy: RecordedBy;
  readonly submittedOn: string;
  readonly measures: readonly { readonly kpiId: string; readonly actual: number; readonly rag: Rag }[];
  /** Everyone who corrected it: none of them may approve it. */
  readonly correctedBy: readonly RecordedBy[];
  readonly approvedOn: string | null;
}
