/**
 * Whether this browser can give MapLibre a WebGL context, asked before creating the map so
 * readers without one get the static map at once rather than an error.
 */
export function supportsWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return false;
    // Hand the probe's context back at once: browsers cap the number of live contexts.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
