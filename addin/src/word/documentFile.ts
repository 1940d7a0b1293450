// The whole document as .docx bytes, read with getFileAsync(Compressed) slice by slice (Word caps a slice at 4 MB),
// always closing the file: Word refuses a second getFileAsync while one is open.
export const defaultSliceSize = 4 * 1024 * 1024;

function call<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(result.error?.message ?? "Word could not read the document."));
    });
  });
}

export async function readDocumentFile(sliceSize = defaultSliceSize): Promise<Uint8Array> {
  const file = await call<Office.File>((cb) =>
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize }, cb),
  );
  try {
    const slices: Uint8Array[] = [];
    for (let i = 0; i < file.sliceCount; i++) {
      // Slices must be read in order; Word serves one at a time.
      const slice = await call<Office.Slice>((cb) => file.getSliceAsync(i, cb));
      slices.push(Uint8Array.from(slice.data as ArrayLike<number>));
    }
    const bytes = new Uint8Array(slices.reduce((n, s) => n + s.length, 0));
    let offset = 0;
    for (const s of slices) {
      bytes.set(s, offset);
      offset += s.length;
    }
    return bytes;
  } finally {
    await new Promise<void>((resolve) => file.closeAsync(() => resolve()));
  }
}

/** A file name for the upload: the document's own name when Word knows it, else a neutral one. */
export function documentFileName(): string {
  const url = Office.context.document.url ?? "";
  const name = url.split(/[\\/]/).pop() ?? "";
  return /\.docx$/i.test(name) ? name : "portfolio.docx";
}
