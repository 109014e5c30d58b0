/** Why a document could not be parsed; `message` is one line a user can act on. */
export type GongwenErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'ENCODING'
  | 'NO_CONTENT'
  | 'TOO_LARGE'

export class GongwenError extends Error {
  readonly code: GongwenErrorCode

  constructor(code: GongwenErrorCode, message: string) {
    super(message)
    this.name = 'GongwenError'
    this.code = code
  }
}

export function isGongwenError(value: unknown): value is GongwenError {
  return value instanceof GongwenError
}
