// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KeyboardEvent } from 'react';
import { submitOnEnter } from '../../../renderer/components/form-dialog/enter-submits';

interface Keys {
  key?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
}

/** A form holding `target`, and what pressing a key on it did: saved (requestSubmit) and the default prevented. */
function press(target: HTMLElement, keys: Keys = {}): { saved: boolean; prevented: boolean } {
  const form = document.createElement('form');
  form.append(target);
  document.body.append(form);
  const requestSubmit = vi.spyOn(form, 'requestSubmit').mockImplementation(() => undefined);
  let prevented = keys.defaultPrevented ?? false;
  const event = {
    key: keys.key ?? 'Enter',
    ctrlKey: keys.ctrlKey ?? false,
    metaKey: keys.metaKey ?? false,
    defaultPrevented: prevented,
    nativeEvent: { isComposing: keys.isComposing ?? false },
    target,
    currentTarget: form,
    preventDefault: () => {
      prevented = true;
    },
  };
  submitOnEnter(event as unknown as KeyboardEvent<HTMLFormElement>);
  return { saved: requestSubmit.mock.calls.length > 0, prevented };
}

function input(type: string): HTMLInputElement {
  const element = document.createElement('input');
  element.type = type;
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('submitOnEnter: the keys of every dialog form', () => {
  it('Enter on a switch, a checkbox or a radio saves (the browser would not)', () => {
    expect(press(input('checkbox'))).toEqual({ saved: true, prevented: true });
    expect(press(input('radio'))).toEqual({ saved: true, prevented: true });
  });

  it('Enter on a segmented choice (its label or a div) saves', () => {
    expect(press(document.createElement('label')).saved).toBe(true);
  });

  it('leaves Enter in a text field to the browser’s own submission', () => {
    expect(press(input('text'))).toEqual({ saved: false, prevented: false });
  });

  it('in a text area Enter starts a new line; Ctrl+Enter or ⌘+Enter saves', () => {
    expect(press(document.createElement('textarea'))).toEqual({ saved: false, prevented: false });
    expect(press(document.createElement('textarea'), { ctrlKey: true })).toEqual({ saved: true, prevented: true });
    expect(press(document.createElement('textarea'), { metaKey: true }).saved).toBe(true);
  });

  it('an open dropdown keeps its Enter (it picks the option)', () => {
    const combobox = input('text');
    combobox.setAttribute('aria-expanded', 'true');
    expect(press(combobox)).toEqual({ saved: false, prevented: false });
    const list = document.createElement('div');
    list.setAttribute('aria-expanded', 'true');
    expect(press(list).saved).toBe(false);
  });

  it('buttons and links do their own thing', () => {
    expect(press(document.createElement('button')).saved).toBe(false);
    expect(press(document.createElement('a')).saved).toBe(false);
  });

  it('ignores other keys, an Enter already handled, and an Enter that ends an IME composition', () => {
    expect(press(input('checkbox'), { key: 'a' }).saved).toBe(false);
    expect(press(input('checkbox'), { key: 'Escape' }).saved).toBe(false);
    expect(press(input('checkbox'), { defaultPrevented: true }).saved).toBe(false);
    expect(press(input('checkbox'), { isComposing: true }).saved).toBe(false);
  });
});
