import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { runCommand, type CommandResult } from './run-command.js';

// The real Helm 3.8.1 binary (linux-amd64) as shipped inside the npm package @aws-cdk/asset-kubectl-v20
// (lib/layer.zip, entry helm/helm): Debian has no helm package and nothing may download at run time.
const HELM_ENTRY = 'helm/helm';
const layerZip = path.join(path.dirname(createRequire(import.meta.url).resolve('@aws-cdk/asset-kubectl-v20/package.json')), 'lib/layer.zip');

/** The bytes of one entry of a ZIP archive (stored or deflated), found through the central directory. */
function unzipEntry(zip: Buffer, name: string): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive');
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  for (let index = 0; index < entries; index += 1) {
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    if (zip.toString('utf8', offset + 46, offset + 46 + nameLength) === name) {
      const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
      const data = zip.subarray(dataStart, dataStart + compressedSize);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data);
      throw new Error(`unsupported zip method ${method}`);
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${name} not found in ${layerZip}`);
}

/** Path of the helm binary, unpacked once into node_modules/.cache. */
export function helmBinary(): string {
  const cacheDir = path.join(path.dirname(layerZip), '..', '..', '..', '.cache', 'rollout-helm-3.8.1');
  const binary = path.join(cacheDir, 'helm');
  if (existsSync(binary)) return binary;
  mkdirSync(cacheDir, { recursive: true });
  // Written under a unique name and renamed: parallel first uses never see a half-written binary.
  const partial = `${binary}.${process.pid}`;
  writeFileSync(partial, unzipEntry(readFileSync(layerZip), HELM_ENTRY));
  chmodSync(partial, 0o755);
  renameSync(partial, binary);
  return binary;
}

/** Runs helm with its config, cache and data directories inside `home` (nothing of the user's is read or written). */
export async function helm(args: string[], home: string): Promise<CommandResult> {
  const env = { PATH: process.env.PATH, HOME: home, HELM_CACHE_HOME: path.join(home, 'cache'), HELM_CONFIG_HOME: path.join(home, 'config'), HELM_DATA_HOME: path.join(home, 'data') };
  return runCommand(helmBinary(), args, { env });
}
