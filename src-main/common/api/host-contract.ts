import { z } from 'zod';
import type { HostCall } from './calls';
import { Empty, Ok } from './schemas/common';
import { FilePath } from './schemas/project';

// The desktop shell's own abilities: native dialogs and the file manager. The renderer asks for
// them like API calls (window.dossier.host.call); main parses the input before any dialog
// opens and the answer before it returns. A dropped file's path is read in the preload
// (webUtils, it needs the DOM File) and reaches main only as input of documents.import.

const Paths = z.array(FilePath);

export const hostContract = {
  /** Files chosen in the open dialog; [] when cancelled. */
  'host.openFiles': { input: Empty, output: Paths },
  /** The folder chosen; [] when cancelled. */
  'host.openFolder': { input: Empty, output: Paths },
  /** The path chosen in the save dialog; null when cancelled. */
  'host.saveFile': { input: z.object({ defaultPath: z.string().max(4096).optional() }).strict(), output: FilePath.nullable() },
  /** Shows the file in the system's file manager. */
  'host.showInFolder': { input: z.object({ path: FilePath }).strict(), output: Ok },
} satisfies Record<HostCall, { input: z.ZodType; output: z.ZodType }>;

export type HostInput<H extends HostCall> = z.input<(typeof hostContract)[H]['input']>;
export type HostParsed<H extends HostCall> = z.output<(typeof hostContract)[H]['input']>;
export type HostOutput<H extends HostCall> = z.output<(typeof hostContract)[H]['output']>;
