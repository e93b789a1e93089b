import type { CalibrationService } from '../../calibration/calibration-service';
import type { ShadowReportService } from '../../shadow/shadow-report-service';
import { calibrationQuerySchema, shadowReportQuerySchema } from '../schemas';
import { parse, type Handler } from '../route';

export function shadowReport(deps: { shadowReport: ShadowReportService }): Handler {
  return async (request) => {
    const query = parse(shadowReportQuerySchema, request.query, 'query');
    return { status: 200, body: await deps.shadowReport.report(query.since === undefined ? query : { ...query, sinceMs: query.since }) };
  };
}

export function calibration(deps: { calibration: CalibrationService }): Handler {
  return async (request) => {
    const query = parse(calibrationQuerySchema, request.query, 'query');
    return { status: 200, body: await deps.calibration.calibrate(query) };
  };
}
