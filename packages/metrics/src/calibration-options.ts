/** How probabilities are binned for ECE, MCE and the reliability diagram. */
export interface CalibrationOptions {
  bins: number;
  /** `uniform`: equal-width bins on [0, 1]; `quantile`: equal-frequency bins (edges at the quantiles). */
  strategy: 'uniform' | 'quantile';
}

export const DEFAULT_CALIBRATION: CalibrationOptions = { bins: 10, strategy: 'uniform' };
