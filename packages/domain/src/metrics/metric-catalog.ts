/** Units a success metric is measured in. */
export const METRIC_UNITS = ['hours', 'days', 'percent', 'currency', 'currency_per_day', 'count'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

/** Whether a rising value is good news. */
export const METRIC_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];

/** A metric practitioners use to judge pilots and rollouts. */
export interface CatalogMetric {
  key: string;
  name: string;
  unit: MetricUnit;
  direction: MetricDirection;
}

const lower = 'lower_is_better' as const;
const higher = 'higher_is_better' as const;

/** The standard RevOps success-metric catalog (see shared/domain.md). */
export const METRIC_CATALOG: readonly CatalogMetric[] = [
  { key: 'lead_response_time', name: 'Lead response time', unit: 'hours', direction: lower },
  { key: 'forecast_accuracy', name: 'Forecast accuracy', unit: 'percent', direction: higher },
  { key: 'forecast_variance', name: 'Forecast variance', unit: 'percent', direction: lower },
  { key: 'sales_cycle_length', name: 'Sales cycle length', unit: 'days', direction: lower },
  { key: 'win_rate', name: 'Win rate', unit: 'percent', direction: higher },
  { key: 'pipeline_velocity', name: 'Pipeline velocity', unit: 'currency_per_day', direction: higher },
  { key: 'quote_to_close_time', name: 'Quote-to-close time', unit: 'days', direction: lower },
  { key: 'revenue_per_rep', name: 'Revenue per rep', unit: 'currency', direction: higher },
  { key: 'crm_data_completeness', name: 'CRM data completeness', unit: 'percent', direction: higher },
  { key: 'duplicate_record_rate', name: 'Duplicate record rate', unit: 'percent', direction: lower },
  { key: 'system_adoption', name: 'System adoption (weekly active users)', unit: 'percent', direction: higher },
  { key: 'sla_adherence', name: 'Marketing–sales SLA adherence', unit: 'percent', direction: higher },
  { key: 'lead_to_opportunity_conversion', name: 'Lead-to-opportunity conversion', unit: 'percent', direction: higher },
  { key: 'sales_accepted_lead_rate', name: 'Sales-accepted lead rate', unit: 'percent', direction: higher },
  { key: 'net_revenue_retention', name: 'Net revenue retention', unit: 'percent', direction: higher },
  { key: 'cac', name: 'Customer acquisition cost (CAC)', unit: 'currency', direction: lower },
  { key: 'ramp_time', name: 'Ramp time for new sellers', unit: 'days', direction: lower },
  { key: 'ops_cost_ratio', name: 'Ops cost as % of revenue', unit: 'percent', direction: lower },
  { key: 'decision_latency', name: 'Report/decision latency', unit: 'hours', direction: lower },
];

export const METRIC_DIRECTION_LABELS: Record<MetricDirection, string> = {
  higher_is_better: 'Higher is better',
  lower_is_better: 'Lower is better',
};

/** A unit of measure in words, for sentences ("changed the unit of measure from Hours to Days"). */
export const METRIC_UNIT_NAMES: Record<MetricUnit, string> = {
  hours: 'Hours',
  days: 'Days',
  percent: 'Percent',
  currency: 'Currency ($)',
  currency_per_day: 'Currency per day ($/day)',
  count: 'Count',
};

export const METRIC_UNIT_LABELS: Record<MetricUnit, string> = {
  hours: 'hours',
  days: 'days',
  percent: '%',
  currency: '$',
  currency_per_day: '$/day',
  count: 'count',
};
