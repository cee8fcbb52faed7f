import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the keyboard controller needs of a widget. */
export interface RovingFocusOptions {
  /** The marks, in reading order. */
  marks: () => readonly Element[];
  /** Enter (or Space) on a mark: open its source, or select it. */
  activate?: (index: number, mark: Element) => void;
  /** Esc on a mark. */
  dismiss?: () => void;
  /** An arrow key's target, for marks laid out in two dimensions (a map); default: next or previous. */
  move?: (index: number, key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight') => number | undefined;
}

const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft']);

/**
 * Keyboard movement across a widget's marks with one tab stop (roving tabindex): the
 * current mark has tabindex 0, every other -1. Arrow keys move, Home and End jump, Enter
 * and Space activate, Esc dismisses. Keys are handled only while a mark has focus, so the
 * page keeps its own keys everywhere else.
 *
 * @example
 * private roving = new RovingFocusController(this, { marks: () => [...this.renderRoot.querySelectorAll('.mark')] });
 * // in render: tabindex=${this.roving.tabIndex(i)} @keydown=${this.roving.onKeyDown} @focusin=${this.roving.onFocusIn}
 */
export class RovingFocusController implements ReactiveController {
  /** The index of the mark that holds the tab stop. */
  index = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const count = this.options.marks().length;
    if (count > 0 && this.index >= count) {
      this.index = count - 1;
      this.host.requestUpdate();
    }
  }

  /** 0 for the mark that holds the tab stop, -1 for the others. */
  tabIndex(index: number): 0 | -1 {
    return index === this.index ? 0 : -1;
  }

  /** Moves the tab stop to a mark and focuses it. */
  focus(index: number): void {
    const marks = this.options.marks();
    if (marks.length === 0) return;
    this.index = Math.max(0, Math.min(index, marks.length - 1));
    marks.forEach((mark, i) => mark.setAttribute('tabindex', i === this.index ? '0' : '-1'));
    (marks[this.index] as HTMLElement | SVGElement).focus();
    this.host.requestUpdate();
  }

  readonly onFocusIn = (event: FocusEvent): void => {
    const index = this.options.marks().indexOf(event.target as Element);
    if (index >= 0 && index !== this.index) {
      this.index = index;
      this.host.requestUpdate();
    }
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const marks = this.options.marks();
    const index = marks.indexOf(event.target as Element);
    if (index < 0) return;
    const key = event.key;
    if (this.options.move && (NEXT.has(key) || PREVIOUS.has(key))) {
      const target = this.options.move(index, key as 'ArrowUp');
      if (target !== undefined) this.focus(target);
    } else if (NEXT.has(key)) this.focus(index + 1);
    else if (PREVIOUS.has(key)) this.focus(index - 1);
    else if (key === 'Home') this.focus(0);
    else if (key === 'End') this.focus(marks.length - 1);
    else if (key === 'Enter' || key === ' ') this.options.activate?.(index, marks[index]!);
    else if (key === 'Escape') this.options.dismiss?.();
    else return;
    event.preventDefault();
  };
}
