import { DeliveryModel, RecordedBy } from '../codecs';

export interface ExpansionState {
  readonly agreementId: string;
  readonly annualValuePence: number;
  readonly deliveryModel: DeliveryModel;
  readonly proposedOn: string;
  readonly proposedBy: RecordedBy;
  readonly status: 'proposed' | 'approved' | 'rejected';
  readonly decidedOn: string | null;
  readonly contractId: string | null;
}
