import type { ChildProcess } from 'node:child_process';

/**
 * Waits until a started browser host prints its address; resolves with everything printed so
 * far and the address. Fails with that output when the host exits or stays silent.
 */
export function addressPrinted(child: ChildProcess, timeoutMs = 30_000): Promise<{ out: string; url: string }> {
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`the host printed no address: ${out}`)), timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok({ out, url: m[1]! });
      }
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => fail(new Error(`the host exited with ${code}: ${out}`)));
  });
}
