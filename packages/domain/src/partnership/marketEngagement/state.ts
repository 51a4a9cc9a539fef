export interface EngagementEventState {
  readonly date: string;
  readonly scheduledOn: string;
  readonly heldOn: string | null;
  readonly attendanceCount: number | null;
}

export interface ProformaState {
  readonly providerId: string;
  readonly tenderReady: boolean;
  readonly safeguardingMet: boolean;
}
