// Lists the files a command reads: files as given, folders read recursively in a stable order,
// hidden entries and media files passed over, each file once.
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

/** A file or folder that could not be read, and why. */
export interface ListError {
  file: string;
  message: string;
}

/** In a folder, files that are surely not text are passed over rather than reported. */
export const NOT_TEXT = new Set(
  (
    '.png .jpg .jpeg .gif .webp .avif .ico .bmp .tif .tiff .zip .gz .tgz .bz2 .xz .7z ' +
    '.tar .woff .woff2 .ttf .otf .eot .mp3 .mp4 .m4a .wav .ogg .webm .mov .wasm .exe .so .jar'
  ).split(' '),
);

export const reason = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code === 'ENOENT'
    ? 'no such file or folder'
    : ((error as Error).message ?? String(error));

/** The files under `path`, in a stable order; hidden entries and media files are skipped. */
interface Listing {
  files: string[];
  errors: ListError[];
}

async function listFolder(path: string, listing: Listing): Promise<void> {
  let entries;
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    listing.errors.push({ file: path, message: reason(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) await listFolder(child, listing);
    else if (entry.isFile() && !NOT_TEXT.has(extname(entry.name).toLowerCase()))
      listing.files.push(child);
  }
}

export async function listFiles(paths: string[], errors: ListError[]): Promise<string[]> {
  const listing: Listing = { files: [], errors };
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await listFolder(path, listing);
      else if (info.isFile()) listing.files.push(path);
      else errors.push({ file: path, message: 'not a file or folder' });
    } catch (error) {
      errors.push({ file: path, message: reason(error) });
    }
  }
  const seen = new Set<string>();
  return listing.files.filter((file) => !seen.has(resolve(file)) && !!seen.add(resolve(file)));
}
