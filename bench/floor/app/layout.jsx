export const metadata = { title: "Blank", description: "A blank Next.js page: the floor the bench measures every route against." };
export default function RootLayout({ children }) {
  return (<html lang="en"><body>{children}</body></html>);
}
