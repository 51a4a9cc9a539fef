export interface StandstillState {
  readonly noticeDate: string;
  readonly mandatory: boolean;
  readonly voluntary: boolean;
  readonly lastDay: string;
  readonly earliestSigningDate: string;
  readonly endedOn: string | null;
}
