import { FRAUD_TYPES, METRICS, REGIONS } from '../classifier/contract.ts';
import { UsageError } from './errors.ts';

/** A date flag (YYYY-MM-DD or full ISO 8601); dates without an offset are read as China time. */
export function parseDateFlag(name: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const withZone = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+08:00` : value;
  const date = new Date(withZone);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--${name} must be a date like 2024-01-01, not "${value}"`);
  return date;
}

export function parseNumberFlag(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number < min || number > max) throw new UsageError(`--${name} must be a number from ${min} to ${max}, not "${value}"`);
  return number;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(' ')}; got "${value}"`);
  return value as T;
}

export const parseRegionFlag = (value: string | undefined) => oneOf('region', value, REGIONS);
export const parseFraudTypeFlag = (value: string | undefined) => oneOf('type', value, FRAUD_TYPES);
export const parseMetricFlag = (value: string | undefined) => oneOf('metric', value, METRICS);
