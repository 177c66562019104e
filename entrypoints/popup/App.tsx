export function App() { return <p>Nemawashi</p>; }
