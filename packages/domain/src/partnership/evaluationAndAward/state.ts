export interface AwardState {
  readonly supplierId: string;
  readonly supplierName: string;
  readonly decidedOn: string;
  readonly annualValuePence: number;
  readonly totalValuePence: number;
}
