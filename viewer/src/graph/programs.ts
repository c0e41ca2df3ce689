// WebGL programs for sigma: its own node, edge and curved-edge programs, drawn without instancing and
// re-uploaded only when their data changed. In: sigma program classes. Out: equivalent program classes.
import {
  EdgeArrowHeadProgram,
  EdgeClampedProgram,
  type EdgeProgramType,
  NodeCircleProgram,
  type NodeProgramType,
  createEdgeCompoundProgram,
  getAttributesItemsCount,
} from 'sigma/rendering';
import type { Attributes } from 'graphology-types';

import { EdgeCurveStripProgram } from './curve-program.ts';

/*
 * Why: sigma 3 draws every node and edge as one instance of an instanced draw call. A GPU does that for
 * free, but SwiftShader (Chromium's software WebGL, all a GPU-less machine or CI has) runs each instance
 * as a separate draw with ~20 µs of fixed cost: 20,000 nodes and 50,000 arrows (two programs, each also
 * drawn into the picking layer) cost ~5 s per frame. Spelling the per-vertex constants out in the vertex
 * buffer turns each program into one plain drawArrays: the same shaders and pixels, ~100x cheaper there.
 * Sigma also re-sends every buffer on every frame; a camera move changes none of them, so only what a
 * refresh re-processed is sent.
 */

interface ProgramInfoLike {
  gl: WebGLRenderingContext | WebGL2RenderingContext;
  buffer: WebGLBuffer;
}
interface RenderParamsLike {
  width: number;
  height: number;
  pixelRatio: number;
  downSizingRatio: number;
}
type RendererLike = object;
interface Picker {
  renderPicking(params: RenderParamsLike): void;
}
/** Per sigma instance: the programs drawn in its latest frame, with that frame's parameters. */
const framePrograms = new WeakMap<RendererLike, Map<Picker, RenderParamsLike>>();

/** Call when sigma starts a frame (its beforeRender event): sigma has just cleared the picking layers. */
export function beginFrame(renderer: RendererLike): void {
  framePrograms.set(renderer, new Map());
}

/** Draws the picking layers of the latest frame, once; call before sigma reads what is under the mouse. */
export function drawPicking(renderer: RendererLike): void {
  const programs = framePrograms.get(renderer);
  if (!programs?.size) return;
  for (const [program, params] of programs) program.renderPicking(params);
  programs.clear();
}
interface AttributeLike {
  name: string;
  size: number;
  type: number;
  normalized?: boolean;
}
interface DefinitionLike {
  ATTRIBUTES: AttributeLike[];
  CONSTANT_ATTRIBUTES?: AttributeLike[];
  CONSTANT_DATA?: number[][];
  [key: string]: unknown;
}
/** The parts of sigma's Program that the mixin reads or overrides (they are public in its JS). */
interface ProgramLike {
  array: Float32Array;
  STRIDE: number;
  ATTRIBUTES: AttributeLike[];
  renderer: RendererLike;
  normalProgram: ProgramInfoLike;
  pickProgram: ProgramInfoLike | null;
  render(params: RenderParamsLike): void;
  hasNothingToRender(): boolean;
  renderProgram(params: RenderParamsLike, program: ProgramInfoLike): void;
  unbindProgram(program: ProgramInfoLike): void;
  getDefinition(): DefinitionLike;
  process(index: number, offset: number, a?: unknown, b?: unknown, c?: unknown): void;
  processVisibleItem(index: number, start: number, a?: unknown, b?: unknown, c?: unknown): void;
  reallocate(capacity: number): void;
  bindAttribute(attr: AttributeLike, program: ProgramInfoLike, offset: number, setDivisor?: boolean): number;
}
type Ctor = new (...args: never[]) => unknown;
/** Past this many changed items one upload of the whole buffer is cheaper than item by item. */
const PARTIAL_UPLOAD_MAX = 2_000;

/** The same program drawn with drawArrays: constant (per-corner) attributes become ordinary attributes. */
export function deinstanced<T extends Ctor>(Base: T): T {
  const B = Base as unknown as new (...args: unknown[]) => ProgramLike;
  class Deinstanced extends B {
    /** What the GL buffer lacks: everything, or the few items a partial refresh re-processed. */
    private stale: 'all' | Set<number> = 'all';
    private scratch: Float32Array | null = null;
    private corners: number[][] | null = null;

    override getDefinition(): DefinitionLike {
      const def = super.getDefinition();
      if (!def.CONSTANT_ATTRIBUTES) return def;
      const { CONSTANT_ATTRIBUTES, ...rest } = def;
      delete rest.CONSTANT_DATA;
      return { ...rest, ATTRIBUTES: [...def.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
    }

    /**
     * sigma's own per-instance record, written once into a scratch array, then copied to every corner. Fixed
     * parameters and plain loops, not rest arguments and TypedArray.set: this runs 150,000 times for a large
     * graph's first frame, where those cost half a second.
     */
    override processVisibleItem(index: number, start: number, a?: unknown, b?: unknown, c?: unknown): void {
      if (!this.corners) {
        // Read from the base class: this class's definition no longer has the constant data.
        const def = Object.getPrototypeOf(Deinstanced.prototype).getDefinition.call(this) as DefinitionLike;
        this.corners = def.CONSTANT_DATA ?? [[]];
        this.scratch = new Float32Array(getAttributesItemsCount(def.ATTRIBUTES as never));
      }
      const scratch = this.scratch!;
      const array = this.array;
      this.array = scratch;
      try {
        super.processVisibleItem(index, 0, a, b, c);
      } finally {
        this.array = array;
      }
      const corners = this.corners;
      const n = scratch.length;
      let i = start;
      for (let k = 0; k < corners.length; k++) {
        for (let j = 0; j < n; j++) array[i++] = scratch[j]!;
        const corner = corners[k]!;
        for (let j = 0; j < corner.length; j++) array[i++] = corner[j]!;
      }
    }

    /** sigma's process(index, offset, ...data): `offset` is the item's slot in `array`. */
    override process(index: number, offset: number, a?: unknown, b?: unknown, c?: unknown): void {
      if (this.stale !== 'all') {
        this.stale.add(offset);
        if (this.stale.size > PARTIAL_UPLOAD_MAX) this.stale = 'all';
      }
      super.process(index, offset, a, b, c);
    }

    override reallocate(capacity: number): void {
      this.stale = 'all';
      super.reallocate(capacity);
    }

    /**
     * As sigma's bindProgram (non-instanced branch), but the picking and the visible pass share one
     * buffer (same context, same data) and an unchanged buffer is not sent again.
     */
    bindProgram(program: ProgramInfoLike): void {
      const { gl } = program;
      gl.bindBuffer(gl.ARRAY_BUFFER, this.normalProgram.buffer);
      let offset = 0;
      for (const attr of this.ATTRIBUTES) offset += this.bindAttribute(attr, program, offset);
      if (this.stale === 'all') gl.bufferData(gl.ARRAY_BUFFER, this.array, gl.DYNAMIC_DRAW);
      else {
        // A hover re-processes a neighbourhood: send those items, not the 20 MB of a large graph's edges.
        const stride = this.STRIDE;
        for (const slot of this.stale) {
          gl.bufferSubData(gl.ARRAY_BUFFER, slot * stride * 4, this.array.subarray(slot * stride, (slot + 1) * stride));
        }
      }
      this.stale = new Set();
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
    }

    /**
     * The visible pass only. The picking pass (item ids drawn into an offscreen layer, read under the
     * mouse) costs a third of a frame in software WebGL and is needed only when sigma asks what is under
     * the pointer: drawPicking() draws it then, with this frame's parameters.
     */
    override render(params: RenderParamsLike): void {
      const pick = this.pickProgram;
      this.pickProgram = null;
      try {
        super.render(params);
      } finally {
        this.pickProgram = pick;
      }
      if (!pick || this.hasNothingToRender()) return;
      // sigma's constructor draws the first frame before anyone can listen to its beforeRender.
      let programs = framePrograms.get(this.renderer);
      if (!programs) framePrograms.set(this.renderer, (programs = new Map()));
      programs.set(this, params);
    }

    /** sigma's picking pass (Program.render's first branch). */
    renderPicking(params: RenderParamsLike): void {
      const pick = this.pickProgram;
      if (!pick) return;
      const pixelRatio = params.pixelRatio / params.downSizingRatio;
      pick.gl.viewport(0, 0, params.width * pixelRatio, params.height * pixelRatio);
      this.bindProgram(pick);
      this.renderProgram({ ...params, pixelRatio }, pick);
      this.unbindProgram(pick);
    }
  }
  return Deinstanced as unknown as T;
}

export function nodeProgram<N extends Attributes, E extends Attributes>(): NodeProgramType<N, E> {
  return deinstanced(NodeCircleProgram) as unknown as NodeProgramType<N, E>;
}

/** Straight edge with an arrow head (sigma's EdgeArrowProgram is this compound of two programs). */
export function arrowProgram<N extends Attributes, E extends Attributes>(): EdgeProgramType<N, E> {
  return createEdgeCompoundProgram([deinstanced(EdgeClampedProgram), deinstanced(EdgeArrowHeadProgram)]) as never;
}

/** Curved edge with an arrow head, drawn as a strip along the curve (curve-program.ts says why). */
export function curvedArrowProgram<N extends Attributes, E extends Attributes>(): EdgeProgramType<N, E> {
  return deinstanced(EdgeCurveStripProgram) as unknown as EdgeProgramType<N, E>;
}
