// Types for html-encoding-sniffer (the package ships none): its README's API.
declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    xml?: boolean;
    transportLayerEncodingLabel?: string;
    /** The encoding returned when nothing is declared; null makes the sniffer return null then. */
    defaultEncoding?: string | null;
    maxPrescanBytes?: number;
  }
  export default function htmlEncodingSniffer(bytes: Uint8Array, options?: SniffOptions): string | null;
}
