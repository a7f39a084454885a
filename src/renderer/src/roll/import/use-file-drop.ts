import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * Files dragged anywhere onto the window while an ImportButton is mounted (the Roll page).
 *
 * The page may mount more than one ImportButton (the toolbar's, and the empty roll's "import your
 * roll"), yet a drop must open exactly one import. So there is one set of document listeners for
 * all of them, and each drop goes to one target: the one whose import sheet is open, else the
 * first mounted. Without these listeners the browser would try to open the dropped file itself.
 */
interface DropTarget {
  isOpen: () => boolean;
  onDrop: (file: File) => void;
  setDragging: (dragging: boolean) => void;
}

const targets: DropTarget[] = [];
// dragenter/dragleave fire for every element crossed; counting them tells when the drag left the window.
let depth = 0;

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

function chosenTarget(): DropTarget | undefined {
  return targets.find((target) => target.isOpen()) ?? targets[0];
}

function showDragging(dragging: boolean): void {
  const chosen = chosenTarget();
  for (const target of targets) target.setDragging(dragging && target === chosen);
}

function onEnter(event: DragEvent): void {
  if (!carriesFiles(event)) return;
  depth++;
  showDragging(true);
}

function onLeave(event: DragEvent): void {
  if (!carriesFiles(event)) return;
  depth = Math.max(0, depth - 1);
  if (depth === 0) showDragging(false);
}

function onOver(event: DragEvent): void {
  if (!carriesFiles(event)) return;
  event.preventDefault(); // accept the drop
  if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
}

function onDropEvent(event: DragEvent): void {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  depth = 0;
  showDragging(false);
  const file = event.dataTransfer?.files[0];
  if (file) chosenTarget()?.onDrop(file);
}

function listen(on: boolean): void {
  const method = on ? document.addEventListener.bind(document) : document.removeEventListener.bind(document);
  method('dragenter', onEnter);
  method('dragleave', onLeave);
  method('dragover', onOver);
  method('drop', onDropEvent);
}

/** `dragging` while a file hovers over the window (for the chosen target only); `onDrop` when it is let go. */
export function useFileDrop(isOpen: boolean, onDrop: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  // Read when a drag happens, so the registration need not change on every render.
  const latest = useRef({ isOpen, onDrop });
  useLayoutEffect(() => {
    latest.current = { isOpen, onDrop };
  });

  useEffect(() => {
    const target: DropTarget = {
      isOpen: () => latest.current.isOpen,
      onDrop: (file) => latest.current.onDrop(file),
      setDragging,
    };
    targets.push(target);
    if (targets.length === 1) listen(true);
    return () => {
      targets.splice(targets.indexOf(target), 1);
      if (targets.length === 0) {
        listen(false);
        depth = 0;
      }
    };
  }, []);

  return dragging;
}
