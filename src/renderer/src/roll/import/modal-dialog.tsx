import { Modal, type ModalProps } from '../../ui/modal';
import '../roll-tools.css';

/** The app's modal for the roll tools, sized for what it holds. */
export function ModalDialog({
  size = 'small',
  ...props
}: Omit<ModalProps, 'onDragOver' | 'onDrop'> & {
  /** 'sheet' nearly fills the window (the import); 'small' is a confirmation; 'large' a comparison. */
  size?: 'small' | 'large' | 'sheet';
}) {
  return <Modal className={size === 'small' ? 'dialog' : `dialog dialog-${size}`} {...props} />;
}
