import { Modal, type ModalProps } from '../../ui/modal';
import '../roll-tools.css';

/** The app's modal in the roll tools' look. */
export function ModalDialog({
  size = 'small',
  ...props
}: Omit<ModalProps, 'onDragOver' | 'onDrop'> & {
  /** 'sheet' nearly fills the window (the import); 'small' is a confirmation; 'large' a comparison. */
  size?: 'small' | 'large' | 'sheet';
}) {
  return <Modal className={`tool-dialog tool-dialog-${size}`} {...props} />;
}
