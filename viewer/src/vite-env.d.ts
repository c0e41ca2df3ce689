// Vite's client types (CSS imports, import.meta.env) for the viewer sources.
/// <reference types="vite/client" />
