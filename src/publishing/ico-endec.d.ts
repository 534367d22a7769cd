// ico-endec ships no types: the part backfile uses. It is CommonJS, so ES modules see its functions on the default export.
declare module "ico-endec" {
  const icoEndec: {
    /** An ICO file holding each of `images` (PNG or BMP data). */
    encode(images: readonly (Buffer | ArrayBuffer)[]): Buffer;
    /** The images an ICO file holds. */
    decode(ico: Buffer | ArrayBuffer): { width: number; height: number; imageType: "png" | "bmp"; imageData: Buffer }[];
  };
  export default icoEndec;
}
