import { Modal as BaseModal, type ModalProps } from '../ui/modal';

/** The app's modal for the Officers and Meetings pages; `wide` for previews and lists. */
export function Modal({ wide = false, ...props }: ModalProps & { wide?: boolean }) {
  return <BaseModal className={wide ? 'dialog dialog-wide' : 'dialog'} {...props} />;
}
