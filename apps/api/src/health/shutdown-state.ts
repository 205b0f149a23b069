import { Injectable } from '@nestjs/common';

/** Flipped on SIGTERM so readiness fails while in-flight requests finish. */
@Injectable()
export class ShutdownState {
  stopping = false;
}
