import { Button, Modal } from 'antd';
import { useState, type ReactNode } from 'react';

interface CommandModalProps {
  /** The button that opens it, and the dialog's title. */
  label: string;
  title: string;
  /** The form; `close` ends the dialog once the command went through. */
  children(close: () => void): ReactNode;
}

/** A command behind a button, in a dialog: tables keep one row a line and still let each row's command be given. */
export function CommandModal({ label, title, children }: CommandModalProps) {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal open={open} title={title} onCancel={close} footer={null} destroyOnHidden>
        {children(close)}
      </Modal>
    </>
  );
}
