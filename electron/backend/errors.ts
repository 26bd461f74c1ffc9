import type { ErrorCode, ErrorInfo, ErrorReason } from '../../shared/ipc/result';

/** The one error type handlers throw; dispatch turns it into the Result envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly reason?: ErrorReason,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toInfo(): ErrorInfo {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.reason ? { reason: this.reason } : {}),
    };
  }
}

export function validationError(message: string, fields?: Record<string, string>): AppError {
  return new AppError('VALIDATION', message, fields);
}

export function fieldError(field: string, message: string): AppError {
  return new AppError('VALIDATION', message, { [field]: message });
}

export function notFound(message: string): AppError {
  return new AppError('NOT_FOUND', message);
}

export function conflict(message: string, fields?: Record<string, string>): AppError {
  return new AppError('CONFLICT', message, fields);
}

/** Ends a message with one full stop, even when it ends with a name whose gelar has its own ("S.H."). */
export function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}
