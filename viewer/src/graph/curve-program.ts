// A curved edge with an arrow head, drawn as a strip of short straight segments. Same curve, colours,
// widths and arrow head as @sigma/edge-curve's EdgeCurvedArrowProgram (labels.ts and edgeNear rely on its
// control point), different geometry. In: sigma's edge display data. Out: a sigma edge program class.
import { EdgeProgram } from 'sigma/rendering';
import { floatColor } from 'sigma/utils';
import type { EdgeDisplayData } from 'sigma/types';
import type { Attributes } from 'graphology-types';

/*
 * Why: @sigma/edge-curve covers each edge with one quad spanning the chord and half the curve's bulge, and
 * its fragment shader solves for the distance to the Bézier curve in every pixel of it. A GPU does not
 * notice; SwiftShader (software WebGL, all a GPU-less machine or CI has) pays for every pixel: the actor
 * view of 10,000 articles (133 curved links among 400) took 83 ms a frame while panning against 17 ms with
 * the same links straight. Here the vertex shader bends a strip of SEGMENTS quads along the curve, so only
 * the pixels of the line itself are shaded, with the straight edges' cheap antialiasing across its width.
 */
const SEGMENTS = 16;
/** sigma's arrow head proportions (DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS), as edge-curve uses them. */
const HEAD_LENGTH = 2.5;
const HEAD_WIDENESS = 2;

/** Per corner: [t along the body 0..1, side -1/+1, head 0/1]; the last three corners are the arrow head. */
function corners(): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < SEGMENTS; i++) {
    const a = i / SEGMENTS;
    const b = (i + 1) / SEGMENTS;
    out.push([a, -1, 0], [a, 1, 0], [b, 1, 0], [a, -1, 0], [b, 1, 0], [b, -1, 0]);
  }
  out.push([1, 0, 1], [0, 1, 1], [0, -1, 1]);
  return out;
}
const CORNERS = corners();

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_source;
attribute vec2 a_target;
attribute float a_targetSize;
attribute float a_thickness;
attribute float a_curvature;
attribute float a_t;
attribute float a_side;
attribute float a_head;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform vec2 u_dimensions;
uniform float u_minEdgeThickness;
uniform float u_feather;

varying vec4 v_color;
varying float v_dist;
varying float v_half;
varying float v_feather;

const float bias = 255.0 / 254.0;

vec2 toViewport(vec2 p) {
  vec2 c = (u_matrix * vec3(p, 1.0)).xy;
  return (c + 1.0) * u_dimensions / 2.0;
}

vec2 bezier(vec2 p0, vec2 p1, vec2 p2, float t) {
  return mix(mix(p0, p1, t), mix(p1, p2, t), t);
}

void main() {
  // Device pixels, as edge-curve: the control point sits curvature x chord length off the chord's middle.
  vec2 p0 = toViewport(a_source);
  vec2 p2 = toViewport(a_target);
  vec2 delta = p2 - p0;
  float len = max(length(delta), 1e-4);
  vec2 p1 = 0.5 * (p0 + p2) + vec2(-delta.y, delta.x) * a_curvature;

  float thickness = max(u_minEdgeThickness, a_thickness / u_sizeRatio) * u_pixelRatio;
  float radius = a_targetSize * u_pixelRatio / u_sizeRatio;
  float headLength = thickness * ${HEAD_LENGTH.toFixed(1)};
  // Near its end the curve moves |B'(1)| = 2|p2 - p1| pixels per unit of t: the tip is on the node's rim.
  float speed = max(2.0 * length(p2 - p1), 1e-4);
  float tipT = clamp(1.0 - radius / speed, 0.0, 1.0);
  float baseT = clamp(1.0 - (radius + headLength) / speed, 0.0, 1.0);

  float t = a_head > 0.5 ? baseT + a_t * (tipT - baseT) : a_t * baseT;
  vec2 tangent = 2.0 * mix(p1 - p0, p2 - p1, t);
  vec2 normal = normalize(vec2(-tangent.y, tangent.x) + vec2(1e-6, 0.0));
  float halfWidth = thickness / 2.0;
  float offset = a_head > 0.5 ? thickness * ${(HEAD_WIDENESS / 2).toFixed(1)} : halfWidth + u_feather;
  vec2 position = bezier(p0, p1, p2, t) + normal * a_side * offset;

  v_dist = a_head > 0.5 ? 0.0 : a_side * offset;
  v_half = halfWidth;
  v_feather = u_feather;
  gl_Position = vec4(position / u_dimensions * 2.0 - 1.0, 0.0, 1.0);

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying float v_dist;
varying float v_half;
varying float v_feather;

void main(void) {
  #ifdef PICKING_MODE
  // The whole strip, antialiasing margin included: the picking layer is drawn at half resolution.
  gl_FragColor = v_color;
  #else
  float t = smoothstep(v_half - v_feather, v_half, abs(v_dist));
  gl_FragColor = mix(v_color, vec4(0.0), t);
  #endif
}
`;

const { FLOAT, UNSIGNED_BYTE } = WebGLRenderingContext;
const UNIFORMS = ['u_matrix', 'u_sizeRatio', 'u_pixelRatio', 'u_dimensions', 'u_minEdgeThickness', 'u_feather'];

interface RenderParams {
  matrix: Float32Array;
  sizeRatio: number;
  pixelRatio: number;
  width: number;
  height: number;
  minEdgeThickness: number;
  antiAliasingFeather: number;
}
/** sigma's edge display data with the curvature the reducer adds for parallel edges. */
type EdgeData = EdgeDisplayData & { curvature?: number };
interface End {
  x: number;
  y: number;
  size: number;
}

export class EdgeCurveStripProgram<N extends Attributes, E extends Attributes> extends EdgeProgram<
  (typeof UNIFORMS)[number],
  N,
  E
> {
  getDefinition() {
    return {
      VERTICES: CORNERS.length,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: WebGLRenderingContext.TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_source', size: 2, type: FLOAT },
        { name: 'a_target', size: 2, type: FLOAT },
        { name: 'a_targetSize', size: 1, type: FLOAT },
        { name: 'a_thickness', size: 1, type: FLOAT },
        { name: 'a_curvature', size: 1, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [
        { name: 'a_t', size: 1, type: FLOAT },
        { name: 'a_side', size: 1, type: FLOAT },
        { name: 'a_head', size: 1, type: FLOAT },
      ],
      CONSTANT_DATA: CORNERS,
    };
  }

  processVisibleItem(edgeIndex: number, startIndex: number, source: End, target: End, data: EdgeData): void {
    const array = this.array;
    let i = startIndex;
    array[i++] = source.x;
    array[i++] = source.y;
    array[i++] = target.x;
    array[i++] = target.y;
    array[i++] = target.size;
    array[i++] = data.size || 1;
    array[i++] = data.curvature ?? 0.25;
    array[i++] = floatColor(data.color);
    array[i] = edgeIndex;
  }

  setUniforms(
    params: RenderParams,
    { gl, uniformLocations: u }: { gl: WebGLRenderingContext; uniformLocations: Record<string, WebGLUniformLocation> },
  ): void {
    gl.uniformMatrix3fv(u.u_matrix!, false, params.matrix);
    gl.uniform1f(u.u_sizeRatio!, params.sizeRatio);
    gl.uniform1f(u.u_pixelRatio!, params.pixelRatio);
    gl.uniform2f(u.u_dimensions!, params.width * params.pixelRatio, params.height * params.pixelRatio);
    gl.uniform1f(u.u_minEdgeThickness!, params.minEdgeThickness);
    gl.uniform1f(u.u_feather!, params.antiAliasingFeather);
  }
}
