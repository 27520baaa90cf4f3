// Types plain <yz-*> elements in TSX (React 19 renders custom elements natively).
import '@yizhan/widgets/types/react.d.ts';
