/**
 * The stdio message reader, made to read on after a framing error. vscode-jsonrpc's reader drops a
 * bad header ("Content-Length: abc", a line without a colon) and then leaves the rest of that chunk
 * of input unread until more arrives, so the requests right behind the bad bytes would wait, maybe
 * forever. This one goes on through what has already arrived.
 */
import { StreamMessageReader } from 'vscode-languageserver/node';

type Readable = ConstructorParameters<typeof StreamMessageReader>[0];
type Reader = { onData(data: Buffer | string): void };

/** A StreamMessageReader that never stalls after a malformed message. */
export class ResilientStreamReader extends StreamMessageReader {
  private failed = false;

  constructor(readable: Readable) {
    super(readable);
    // onData is private in the typings; the base class calls it through `this`, so it can be wrapped here.
    const self = this as unknown as Reader;
    const read = self.onData.bind(this);
    self.onData = (data) => {
      read(data);
      // Each failed pass consumed the bad header, so this ends; the cap is only a guard.
      for (let pass = 0; this.failed && pass < 10_000; pass++) {
        this.failed = false;
        read(Buffer.alloc(0));
      }
    };
  }

  protected override fireError(error: unknown): void {
    this.failed = true;
    super.fireError(error);
  }
}
