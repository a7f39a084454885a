import { Modal as BaseModal, type ModalProps } from '../ui/modal';

/** The app's modal in the look of the Officers and Meetings pages; `wide` for previews and lists. */
export function Modal({ wide = false, ...props }: ModalProps & { wide?: boolean }) {
  return <BaseModal className={wide ? 'officer-dialog officer-dialog-wide' : 'officer-dialog'} {...props} />;
}
