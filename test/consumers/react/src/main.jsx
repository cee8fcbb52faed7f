import { createRoot } from 'react-dom/client';
import 'union-viz/define/union-kpi.js';

const fact = 'yiwu-2020.rest-recuperation.participants';

function Figures() {
  return (
    <main>
      <union-kpi fact={fact}></union-kpi>
      <union-kpi fact={fact} lang="en"></union-kpi>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<Figures />);
