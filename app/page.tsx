export default function Home() {
  return <div className="page"><h1 className="text-3xl">Waypoint</h1></div>;
}
